"""chatapp: chat with open models that run on your own machine."""

__version__ = "0.1.0"
APP_NAME = "chatapp"
