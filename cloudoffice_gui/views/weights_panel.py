"""The weights panel of the matrix: weights per group (and feature), ranking, sensitivity."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cloudoffice_gui.data.feature_scoring import MAX_WEIGHT, Ranking, Sensitivity, Weights
from cloudoffice_gui.models.weights_store import WeightsStore


def fraction_text(value: Fraction) -> str:
    """A fraction as an exact decimal when it has one ('2.5'), else approximately ('≈0.667')."""
    denominator = value.denominator
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    if denominator == 1:
        text = f"{float(value):.6f}".rstrip("0").rstrip(".")
        return text if text not in ("-0", "") else "0"
    return f"≈{float(value):.3f}"


def _plain_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class WeightsPanel(QWidget):
    """Spin boxes for the user's priorities, the resulting ranking and its sensitivity."""

    weights_changed = Signal(object)
    """Emitted with the new :class:`Weights` after any change (already saved)."""

    def __init__(self, store: WeightsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._weights = store.load()
        self._groups: list[tuple[str, str]] = []
        self._features: list[tuple[str, str]] = []
        self._group_spins: dict[str, QDoubleSpinBox] = {}
        self._result: tuple[Ranking, Mapping[str, str]] | None = None
        self.weights_box = QGroupBox(self)
        self._form = QFormLayout()
        # In a narrow panel a long group name goes above its spin box instead of clipping it.
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.per_feature_check = QCheckBox(self)
        self.per_feature_check.setObjectName("PerFeatureWeights")
        self.feature_combo = QComboBox(self)
        self.feature_combo.setObjectName("FeatureWeightChoice")
        self.feature_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.feature_combo.setMinimumContentsLength(8)
        self.feature_spin = self._spin_box("FeatureWeight")
        self.custom_label = _plain_label(self, "CustomFeatureWeights")
        self.reset_button = QPushButton(self)
        self.ranking_title = QLabel(self)
        self.ranking_label = _plain_label(self, "RankingText")
        self.sensitivity_label = _plain_label(self, "SensitivityText")
        self.rule_label = _plain_label(self, "ScoringRule")
        self._layout_widgets()
        self.per_feature_check.setChecked(self._weights.per_feature)
        self.per_feature_check.toggled.connect(self._on_per_feature_toggled)
        self.feature_combo.currentIndexChanged.connect(self._show_feature_weight)
        self.feature_spin.valueChanged.connect(self._on_feature_weight)
        self.reset_button.clicked.connect(self.reset_weights)
        self.retranslate_ui()

    def _layout_widgets(self) -> None:
        box_layout = QVBoxLayout(self.weights_box)
        box_layout.addLayout(self._form)
        box_layout.addWidget(self.per_feature_check)
        row = QHBoxLayout()
        row.addWidget(self.feature_combo, 1)
        row.addWidget(self.feature_spin)
        box_layout.addLayout(row)
        box_layout.addWidget(self.custom_label)
        box_layout.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.weights_box)
        font = self.ranking_title.font()
        font.setBold(True)
        self.ranking_title.setFont(font)
        layout.addWidget(self.ranking_title)
        layout.addWidget(self.ranking_label)
        layout.addWidget(self.sensitivity_label)
        layout.addWidget(self.rule_label)
        layout.addStretch(1)

    def _spin_box(self, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(0.0, float(MAX_WEIGHT))
        spin.setDecimals(2)
        spin.setSingleStep(0.5)
        return spin

    # -- catalogue and weights ------------------------------------------------------------------
    def set_catalogue(self, groups: Sequence[tuple[str, str]],
                      features: Sequence[tuple[str, str]]) -> None:
        """The (id, display name) of every group and feature; keeps the weights set so far."""
        self._groups, self._features = list(groups), list(features)
        while self._form.rowCount():
            self._form.removeRow(0)
        self._group_spins.clear()
        for group_id, name in self._groups:
            spin = self._spin_box(f"GroupWeight_{group_id}")
            spin.setValue(float(self._weights.group_weight(group_id)))
            spin.valueChanged.connect(lambda value, g=group_id: self._on_group_weight(g, value))
            label = QLabel(name, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(spin)
            self._form.addRow(label, spin)
            self._group_spins[group_id] = spin
        current = self.feature_combo.currentData()
        with QSignalBlocker(self.feature_combo):
            self.feature_combo.clear()
            for feature_id, name in self._features:
                self.feature_combo.addItem(name, feature_id)
            index = self.feature_combo.findData(current)
            self.feature_combo.setCurrentIndex(max(index, 0))
        self._show_feature_weight()
        self._update_feature_controls()

    def weights(self) -> Weights:
        """The weights set now."""
        return self._weights

    def group_spin(self, group_id: str) -> QDoubleSpinBox:
        """The spin box of one group's weight."""
        return self._group_spins[group_id]

    @Slot()
    def reset_weights(self) -> None:
        """Every weight back to 1, single-feature weights off."""
        self._apply(Weights(per_feature=False))
        for group_id, spin in self._group_spins.items():
            with QSignalBlocker(spin):
                spin.setValue(1.0)
        with QSignalBlocker(self.per_feature_check):
            self.per_feature_check.setChecked(False)
        self._show_feature_weight()
        self._update_feature_controls()

    def _apply(self, weights: Weights) -> None:
        self._weights = weights
        self._store.save(weights)
        self._update_custom_label()
        self.weights_changed.emit(weights)

    def _on_group_weight(self, group_id: str, value: float) -> None:
        groups = dict(self._weights.groups)
        groups[group_id] = value
        self._apply(Weights(groups, dict(self._weights.features), self._weights.per_feature))

    @Slot(float)
    def _on_feature_weight(self, value: float) -> None:
        feature_id = self.feature_combo.currentData()
        if feature_id is None:
            return
        features = dict(self._weights.features)
        if value == 1.0:
            features.pop(feature_id, None)
        else:
            features[feature_id] = value
        self._apply(Weights(dict(self._weights.groups), features, self._weights.per_feature))

    @Slot(bool)
    def _on_per_feature_toggled(self, checked: bool) -> None:
        self._update_feature_controls()
        self._apply(Weights(dict(self._weights.groups), dict(self._weights.features), checked))

    @Slot()
    def _show_feature_weight(self, *_: object) -> None:
        feature_id = self.feature_combo.currentData()
        with QSignalBlocker(self.feature_spin):
            self.feature_spin.setValue(float(self._weights.features.get(feature_id, 1.0))
                                       if feature_id is not None else 1.0)

    def _update_feature_controls(self) -> None:
        enabled = self.per_feature_check.isChecked()
        self.feature_combo.setEnabled(enabled)
        self.feature_spin.setEnabled(enabled)
        self._update_custom_label()

    def _update_custom_label(self) -> None:
        names = dict(self._features)
        custom = [f"{names.get(f, f)} ×{fraction_text(Fraction(str(w)))}"
                  for f, w in self._weights.features.items() if f in names]
        if not self._weights.per_feature or not custom:
            self.custom_label.setVisible(False)
            return
        shown = "; ".join(custom[:8]) + (" …" if len(custom) > 8 else "")
        self.custom_label.setText(self.tr("Feature weights: %1").replace("%1", shown))
        self.custom_label.setVisible(True)

    # -- results ----------------------------------------------------------------------------------
    def show_result(self, ranking: Ranking, product_names: Mapping[str, str]) -> None:
        """Show the ranking and the sensitivity readout."""
        self._result = (ranking, dict(product_names))
        self._render_result()

    def _render_result(self) -> None:
        if self._result is None:
            self.ranking_label.clear()
            self.sensitivity_label.clear()
            return
        ranking, names = self._result
        lines = [f"{s.rank}. {names.get(s.product_id, s.product_id)} — {s.percent:.0f}%"
                 f" ({fraction_text(s.points)} / {fraction_text(s.possible)})"
                 for s in ranking.scores]
        self.ranking_label.setText("\n".join(lines) or self.tr("No products chosen."))
        self.sensitivity_label.setText(self.sensitivity_text(ranking, names))

    def sensitivity_text(self, ranking: Ranking, names: Mapping[str, str]) -> str:
        """The sensitivity readout in words."""
        if len(ranking.scores) < 2:
            return self.tr("Choose at least two products to compare their ranking.")
        sens = ranking.sensitivity
        if sens is None and ranking.mixed_scopes:
            return self.tr("These products are of different kinds, so each is scored over the "
                           "features in its own scope; no single weight threshold applies to all.")
        if sens is None:
            return self.tr("No single weight change between 0 and %1 changes the first place.") \
                .replace("%1", fraction_text(MAX_WEIGHT))
        target = self._target_name(sens)
        old_top, new_top = names.get(sens.old_top, sens.old_top), names.get(sens.new_top, sens.new_top)
        if sens.delta == 0:
            text = (self.tr("%1 and %2 share first place: any rise of the weight of %3 puts %2 first.")
                    if sens.direction > 0 else
                    self.tr("%1 and %2 share first place: any drop of the weight of %3 puts %2 first."))
            return text.replace("%1", old_top).replace("%2", new_top).replace("%3", target)
        text = (self.tr("Smallest change of first place: raise %1 from %2 to %3 (+%4). There %5 draws "
                        "level with %6; any higher and %5 leads.") if sens.direction > 0 else
                self.tr("Smallest change of first place: lower %1 from %2 to %3 (−%4). There %5 draws "
                        "level with %6; any lower and %5 leads."))
        values = {"%1": target, "%2": fraction_text(sens.old_weight),
                  "%3": fraction_text(sens.new_weight), "%4": fraction_text(abs(sens.delta)),
                  "%5": new_top, "%6": old_top}
        for key in ("%1", "%2", "%3", "%4", "%5", "%6"):
            text = text.replace(key, values[key])
        return text

    def _target_name(self, sens: Sensitivity) -> str:
        if sens.kind == "group":
            name = dict(self._groups).get(sens.target_id, sens.target_id)
            return self.tr("the weight of group “%1”").replace("%1", name)
        name = dict(self._features).get(sens.target_id, sens.target_id)
        return self.tr("the weight of feature “%1”").replace("%1", name)

    # -- texts --------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Apply the interface language."""
        self.weights_box.setTitle(self.tr("Weights (0 ignores, 10 matters most)"))
        self.per_feature_check.setText(self.tr("Weight single features too"))
        self.feature_combo.setToolTip(self.tr("The feature whose own weight the box beside sets"))
        self.feature_spin.setToolTip(self.tr("This feature's weight, multiplied by its group's"))
        self.reset_button.setText(self.tr("Reset weights"))
        self.ranking_title.setText(self.tr("Ranking"))
        self.rule_label.setText(self.tr(
            "How scores work: each cell earns ✓ full 1 point, ◐ partial 0.5, ✗ none 0 and "
            "? unknown 0 (no source yet counts as nothing, so little data scores low); a ⚠ "
            "disputed cell earns the points of the lowest level its sources claim. A — cell (not "
            "this kind of product) counts neither way: it is left out of both the points and the "
            "most possible. A feature counts with its group's weight (times its own weight when "
            "single features are weighted). The score is the weighted points as a share of the "
            "most possible over the product's own features as of the chosen date, whatever the "
            "filters show. Ties keep the column order."))
        self._update_custom_label()
        self._render_result()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
