"""Shared test settings. Keep small: fixtures belong next to the tests that use them."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# Property tests run bounded in the normal suite; HYPOTHESIS_PROFILE=long is the soak run.
settings.register_profile("bounded", max_examples=150, deadline=None)
settings.register_profile("long", max_examples=100_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "bounded"))
