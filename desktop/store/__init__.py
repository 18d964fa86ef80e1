"""desktop/store"""
