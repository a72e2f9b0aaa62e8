<?php
ftp_login($ftp, 'partner', 'coGUg2sh!z9zFAaK');
ssh2_auth_password($ssh, 'deploy', 'av1JNWWl!AjAwGtt');
