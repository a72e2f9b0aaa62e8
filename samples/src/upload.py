import boto3

AWS_ACCESS_KEY_ID = "AKIA2M2I3QWWN7CKRJCJ"
AWS_SECRET_ACCESS_KEY = "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"

s3 = boto3.client(
    "s3",
    aws_access_key_id=AWS_ACCESS_KEY_ID,
    aws_secret_access_key=AWS_SECRET_ACCESS_KEY,
)


def upload(path: str, bucket: str) -> None:
    s3.upload_file(path, bucket, path)
