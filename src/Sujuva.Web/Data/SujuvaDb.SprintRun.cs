using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Features.Sprints;

namespace Sujuva.Web.Data;

/// <summary>A sprint's notes and votes: rows of their own beside the sprint.</summary>
public abstract partial class SujuvaDb
{
    public DbSet<SprintNote> SprintNotes => Set<SprintNote>();
    public DbSet<SprintVote> SprintVotes => Set<SprintVote>();
}
