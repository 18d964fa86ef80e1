"""desktop/nlp"""
