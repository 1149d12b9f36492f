"""Every email dvoe sends is a triplet of templates rendered by this one helper:

    templates/emails/<name>_subject.txt   one line, neutral (nothing personal, ever)
    templates/emails/<name>.txt           the plain-text body
    templates/emails/<name>.html          the HTML body

    message = emails.build("reminder_nightly", to="a@example.test", context={...})
    message.send()

The sender is DEFAULT_FROM_EMAIL, a neutral name. A partner may read the inbox: subjects and
bodies must not say what dvoe is about.
"""

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    text: str
    html: str


def render(name: str, context: dict[str, Any]) -> RenderedEmail:
    subject = render_to_string(f"emails/{name}_subject.txt", context)
    return RenderedEmail(
        subject=" ".join(subject.split()),  # one line: a newline in a header is an error
        text=render_to_string(f"emails/{name}.txt", context).strip() + "\n",
        html=render_to_string(f"emails/{name}.html", context),
    )


def build(
    name: str,
    *,
    to: str,
    context: dict[str, Any],
    headers: dict[str, str] | None = None,
    connection: Any = None,
) -> EmailMultiAlternatives:
    rendered = render(name, context)
    message = EmailMultiAlternatives(
        subject=rendered.subject,
        body=rendered.text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
        headers=headers or {},
        connection=connection,
    )
    message.attach_alternative(rendered.html, "text/html")
    return message


def body_fragment(html: str) -> str:
    """What sits between <body> and </body>: lets a page show an email exactly as it is sent."""
    start = html.find("<body")
    if start == -1:
        return html
    start = html.find(">", start) + 1
    end = html.rfind("</body>")
    return html[start : end if end != -1 else len(html)]
