from django import forms

from .fact_kinds import EVENT_KINDS, KINDS


class TimelineFilterForm(forms.Form):
    """The timeline's filters; every field optional, invalid values are reported, not ignored."""

    actor = forms.CharField(
        required=False,
        max_length=200,
        label="Actor",
        help_text="a name in any script, e.g. Kim Jong Un, 김정은, 金正恩",
        widget=forms.TextInput(attrs={"list": "actor-names", "autocomplete": "off"}),
    )
    kind = forms.ChoiceField(
        required=False,
        choices=[("", "All events")] + [(name, KINDS[name].label) for name in EVENT_KINDS],
        label="Event kind",
    )
    place = forms.CharField(
        required=False,
        max_length=200,
        label="Place",
        help_text="e.g. Beijing, 평양",
        widget=forms.TextInput(attrs={"list": "place-names", "autocomplete": "off"}),
    )
    date_from = forms.DateField(required=False, label="From", widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(required=False, label="To", widget=forms.DateInput(attrs={"type": "date"}))
    language = forms.CharField(required=False, max_length=12, label="Source language")
    reviewed = forms.BooleanField(required=False, label="Confirmed by an editor only")
    media = forms.ChoiceField(
        required=False,
        choices=[("", "All sources"), ("state", "State media only"), ("independent", "Independent only")],
        label="Sources",
    )

    def clean_actor(self):
        return self._named("actor")

    def clean_place(self):
        return self._named("place")

    def _named(self, kind: str):
        from .selectors import NameNotFound, find_by_name

        try:
            return find_by_name(kind, self.cleaned_data[kind])
        except NameNotFound as exc:
            raise forms.ValidationError(str(exc), code="unknown_name") from None

    def canonical_query(self, query) -> dict | None:
        """The query with every actor and place as its slug, when a name was typed; else None."""
        changed = {}
        for kind in ("actor", "place"):
            obj = self.cleaned_data.get(kind)
            if obj is not None and query.get(kind) != obj.slug:
                changed[kind] = obj.slug
        if not changed:
            return None
        out = query.copy()
        for k, v in changed.items():
            out[k] = v
        return out

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error(
                "date_to",
                forms.ValidationError(
                    f"The end date ({data['date_to']:%-d %b %Y}) is before the start date "
                    f"({data['date_from']:%-d %b %Y}); swap them to see the events between.",
                    code="reversed_range",
                ),
            )
        return data
