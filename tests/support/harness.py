"""What the Python tests that run the program share (tests/support, beside Program.cpp)."""
import os
import shutil

HARNESS_SETTINGS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "harness-settings.toml")


def write_harness_settings(home, only_if_missing=False):
    """Puts the harness settings (tones only, notice read, right leg) in home/config/nervefloss."""
    config = os.path.join(home, "config", "nervefloss")
    os.makedirs(config, exist_ok=True)
    settings = os.path.join(config, "settings.toml")
    if only_if_missing and os.path.exists(settings):
        return settings
    shutil.copyfile(HARNESS_SETTINGS, settings)
    return settings
