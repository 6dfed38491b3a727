-- Blacklisting a device deactivates it on every key of the business account: find its activations by device.
CREATE INDEX ix_activation_device ON activation (device_id, status);
