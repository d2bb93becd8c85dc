"""Reads: QuerySets that carry the joins their pages need."""

from django.db import models


class ActorQuerySet(models.QuerySet):
    def unreviewed(self):
        return self.filter(reviewed=False)


class StatementQuerySet(models.QuerySet):
    def with_sources(self):
        return self.select_related("speaker").prefetch_related("evidence__article")


class ProposalQuerySet(models.QuerySet):
    def with_sources(self):
        return self.select_related("proposer").prefetch_related("evidence__article")


class MeetingQuerySet(models.QuerySet):
    def with_sources(self):
        return self.prefetch_related("participations__actor", "evidence__article")


class PositionQuerySet(models.QuerySet):
    def with_sources(self):
        return self.select_related("actor", "issue").prefetch_related("evidence__article")
