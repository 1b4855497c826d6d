"""Reading the evidence: text recognition (engine.py, detect.py), the worker process that runs it
(worker.py) and the facts a screenshot shows (facts.py). Qt-free."""
