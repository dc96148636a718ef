"""This PC and the cloud: binding to a cloud register, and the documents the cloud refused."""
