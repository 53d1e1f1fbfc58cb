"""Deciders: one function per kind of criterion logic, named by ``logic`` in criteria.json.

Each takes ``(criterion, patient_facts, as_of)`` and returns a :class:`Verdict`.
"""

from .current import (local_recurrence, pleural_effusion, pregnancy, pulmonary_function,
                      pulmonary_metastases, resectable_nodules, toxicity)
from .history import affirmed_history, hiv, osteosarcoma, prior_systemic_therapy, transplant
from .immune import checkpoint_resistance, mab_allergy
from .manual import manual
from .scales import age_eligible, performance_status
from .windows import autoimmune, windowed

LOGIC = {
    fn.__name__: fn
    for fn in (
        osteosarcoma, pulmonary_metastases, resectable_nodules, prior_systemic_therapy,
        age_eligible, performance_status, pulmonary_function, local_recurrence,
        pleural_effusion, affirmed_history, windowed, checkpoint_resistance, autoimmune,
        transplant, mab_allergy, toxicity, hiv, pregnancy, manual,
    )
}
