"""Source documents: the lossless document model (``documents``) and English sentence
segmentation (``segmentation``)."""
