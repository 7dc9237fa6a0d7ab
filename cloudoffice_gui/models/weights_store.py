"""Matrix weights kept between runs in the application's QSettings."""

from __future__ import annotations

import math

from PySide6.QtCore import QSettings

from cloudoffice_gui.data.feature_scoring import Weights

_PREFIX = "matrix/weights"


def _number(value: object) -> float | None:
    # Native settings files hand numbers back as strings; anything unreadable is dropped.
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and number >= 0 else None


class WeightsStore:
    """Reads and writes :class:`Weights` under ``matrix/weights`` in ``QSettings()``.

    A default-constructed QSettings follows the organisation and application names the app
    sets (and the location the tests isolate), so this class never names a file itself.
    """

    def load(self) -> Weights:
        """The saved weights; default weights (all 1) where nothing valid is saved."""
        settings = QSettings()
        groups = self._read_map(settings, "groups")
        features = self._read_map(settings, "features")
        raw = settings.value(f"{_PREFIX}/per_feature", False)
        per_feature = raw is True or str(raw).lower() in ("true", "1")
        return Weights(groups, features, per_feature)

    def save(self, weights: Weights) -> None:
        """Replace the saved weights with ``weights``."""
        settings = QSettings()
        settings.remove(_PREFIX)
        settings.beginGroup(_PREFIX)
        settings.setValue("per_feature", bool(weights.per_feature))
        for name, mapping in (("groups", weights.groups), ("features", weights.features)):
            settings.beginGroup(name)
            for key, value in mapping.items():
                settings.setValue(key, float(value))
            settings.endGroup()
        settings.endGroup()
        settings.sync()

    def clear(self) -> None:
        """Forget the saved weights."""
        settings = QSettings()
        settings.remove(_PREFIX)
        settings.sync()

    @staticmethod
    def _read_map(settings: QSettings, name: str) -> dict[str, float]:
        settings.beginGroup(f"{_PREFIX}/{name}")
        try:
            result = {}
            for key in settings.childKeys():
                number = _number(settings.value(key))
                if number is not None:
                    result[key] = number
            return result
        finally:
            settings.endGroup()
