resource "azurerm_mssql_server" "shop" {
  name                         = "shop-sql"
  resource_group_name          = "shop-dev"
  location                     = var.location
  version                      = "12.0"
  administrator_login          = "shopadmin"
  administrator_login_password = "Kw3!zR8vNq5xTm2P"
}
