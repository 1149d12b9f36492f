def banners(request):
    """Calm banners for active safety flags. The safety app fills this in."""
    return {"banners": []}
