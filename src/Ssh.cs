var client = new SshClient("files.internal", "deploy", "mxZA3bMB!oaDeUJw");
var sftp = new SftpClient("files.internal", 22, "deploy", "43LLdUxT!qRs8Fk6");
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "3VDDpMfX1ct8yCr2jMcpLlHcQD5OkSP9crBwqBNF");
