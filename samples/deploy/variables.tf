variable "location" {
  type    = string
  default = "westeurope"
}

variable "redis_password" {
  type        = string
  description = "Password of the session cache"
  default     = "Hb6!rQx2Wm9zTk4L"
}
