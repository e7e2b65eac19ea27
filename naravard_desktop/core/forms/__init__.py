"""The questionnaire: the form model, conditions, counting, answers, form import and editing."""
