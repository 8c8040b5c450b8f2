"""Checking what readers forward: claims read, matched to facts and given a verdict."""
