class Clients {
  void go() {
    headers.setBasicAuth("payments", "qcMVI2RV!4oKTQFO");
    JedisPool pool = new JedisPool(cfg, "redis.internal", 6379, 2000, "dQLT3HPI!Nhrdryx");
    AWSCredentials creds = new BasicAWSCredentials("AKIAKSTQU39PVD0QVM5R", "WefCBmKwUrH9gOKEE1MGEd3Dnd7QN/a0cHTC/mMl");
  }
}
