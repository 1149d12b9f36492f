"""Training and evaluation: the labelled data (dataset.py) and the tuned model's training
(tuning.py, PyTorch from the `train` extra). Used by manage.py commands and bench/, never by the
runtime."""
