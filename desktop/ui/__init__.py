"""desktop/ui"""
