"""Xiaomi EV story bot: a sourced answer engine for a developing news story."""

import os

# A question's product with the precedents is one vector times one small matrix: BLAS threads
# only wait on each other there, and on two busy cores one product took 8 ms instead of
# 0.13 ms. Set here, before anything of the bot's imports numpy; an operator's own setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")
