ftp = ftplib.FTP("files.internal", "partner", "wwFHSwAn!8W5k4cy")
conn = SMBConnection("svc", "6o9Apej2!iWBRqpZ", "client", "server")
