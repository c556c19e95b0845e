"""The Qt layer: windows, panels, dialogs and table models over the services."""
