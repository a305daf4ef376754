from django import forms

from .models import Actor, Place


class TimelineFilterForm(forms.Form):
    """The timeline's filters; every field optional, invalid values are reported, not ignored."""

    actor = forms.SlugField(required=False, label="Actor", help_text="slug, e.g. kim-jong-un")
    kind = forms.ChoiceField(
        required=False,
        choices=[("", "All events"), ("meeting", "Meetings"), ("visit", "Visits"), ("agreement", "Agreements")],
        label="Event kind",
    )
    place = forms.SlugField(required=False, label="Place")
    date_from = forms.DateField(required=False, label="From", widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(required=False, label="To", widget=forms.DateInput(attrs={"type": "date"}))
    language = forms.CharField(required=False, max_length=12, label="Source language")
    media = forms.ChoiceField(
        required=False,
        choices=[("", "All sources"), ("state", "State media only"), ("independent", "Independent only")],
        label="Sources",
    )

    def clean_actor(self):
        slug = self.cleaned_data["actor"]
        if not slug:
            return None
        try:
            return Actor.objects.get(slug=slug)
        except Actor.DoesNotExist:
            raise forms.ValidationError(f"No actor “{slug}”.") from None

    def clean_place(self):
        slug = self.cleaned_data["place"]
        if not slug:
            return None
        try:
            return Place.objects.get(slug=slug)
        except Place.DoesNotExist:
            raise forms.ValidationError(f"No place “{slug}”.") from None

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error(
                "date_to", forms.ValidationError("The end date is before the start date.", code="reversed_range")
            )
        return data
