"""Language: conversion between scripts with OpenCC and the corpus overrides, OpenCC's dictionary
tables, pinyin and zhuyin readings, and every sentence aligned in four targets.

May import: helpers.core, helpers.corpus.
"""
