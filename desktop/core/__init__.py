"""desktop/core"""
