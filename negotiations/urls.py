from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path

from .api import api
from .syndication import ActorFeed, NegotiationFeed, ProposalFeed, SearchFeed
from .views import (
    actor_list,
    actors,
    articles,
    health,
    home,
    meetings,
    proposals,
    records,
    sources,
    timeline,
)
from .views.ingest import ingest
from .views.review import actor_reviewed, keep_sourceless, review, verify
from .views.watching import unwatch, watch, watching

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("", home.home, name="home"),
    path("timeline/", timeline.timeline, name="timeline"),
    path("actors/", actor_list.actor_list, name="actor_list"),
    path("actors/options/", actors.actor_options, name="actor_options"),
    path("actors/<slug:slug>/", actors.actor_detail, name="actor_detail"),
    path("proposals/", proposals.proposal_list, name="proposal_list"),
    path("proposals/<slug:slug>/", proposals.proposal_detail, name="proposal_detail"),
    path("meetings/", meetings.meeting_list, name="meeting_list"),
    path("meetings/<int:pk>/", records.meeting_detail, name="meeting_detail"),
    path("statements/<int:pk>/", records.statement_detail, name="statement_detail"),
    path("articles/<int:pk>/", articles.article_detail, name="article_detail"),
    path("sources/<str:kind>/<int:pk>/", sources.record_sources_view, name="record_sources"),
    path("feeds/negotiations/<slug:slug>/", NegotiationFeed(), name="negotiation_feed"),
    path("feeds/actors/<slug:slug>/", ActorFeed(), name="actor_feed"),
    path("feeds/proposals/<slug:slug>/", ProposalFeed(), name="proposal_feed"),
    path("feeds/search/", SearchFeed(), name="search_feed"),
    path("watching/", watching, name="watching"),
    path("watching/add/", watch, name="watch"),
    path("watching/<int:pk>/remove/", unwatch, name="unwatch"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("healthz", health.healthz, name="healthz"),
    path("ingest/", ingest, name="ingest"),
    path("review/", review, name="review"),
    path("review/verify/<str:kind>/<int:pk>/", verify, name="review_verify"),
    path("review/actor/<int:pk>/", actor_reviewed, name="review_actor"),
    path(
        "review/source-deleted/<str:kind>/<int:pk>/",
        keep_sourceless,
        name="review_keep_sourceless",
    ),
]
