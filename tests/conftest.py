import pytest


@pytest.fixture
def staff_client(client, django_user_model):
    """A client logged in as a staff superuser (an editor)."""
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw-editor-1")
    client.force_login(user)
    client.user = user
    return client
