"""The web app: a thin layer of routes and templates over ``habeas.services``."""
