"""The card terminal in the window: waiting, «Разрешить», the terminal tab and its pending list."""
