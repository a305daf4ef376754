"""Logging filters: what the task runner says at INFO that belongs at DEBUG."""

import logging


class TaskSuccessAtDebug(logging.Filter):
    """Celery logs every task's success at INFO ("Task … succeeded in 0.01s"); that buries what
    matters (receipts, retries, failures). Successes become DEBUG records, shown only when the
    root logger is at DEBUG (LOG_LEVEL=DEBUG)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.INFO and " succeeded in " in record.getMessage():
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
            return logging.getLogger().isEnabledFor(logging.DEBUG)
        return True
