"""Small utilities every layer uses: the user-facing error type, the one reader of user
files, atomic writes, and pausing the garbage collector around bulk construction."""
