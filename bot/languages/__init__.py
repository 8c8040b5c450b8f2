"""The reader's language: which one to answer in, and the words in it."""
