"""The JSON contract (pydantic): request bodies and answers. Money is integer tiyn (strict:
a float or a string is refused); times are timezone-aware ISO 8601."""
