"""The store's lists of a record's public keys (the columns of ``list`` tables and of the task
export) are written beside the JSON contract in domain/records.py; they must stay one list."""

from cchc.domain.records import DossierRecord, TaskRecord
from cchc.store import dossiers, tasks


def test_the_dossier_keys_are_the_dossier_record():
    assert dossiers.PUBLIC_KEYS == tuple(DossierRecord.model_fields)


def test_the_task_keys_are_the_task_record():
    assert tasks.PUBLIC_KEYS == tuple(TaskRecord.model_fields)
