"""The call workspace: prepared facts beside live, time-stamped notes, prompts and cues."""
