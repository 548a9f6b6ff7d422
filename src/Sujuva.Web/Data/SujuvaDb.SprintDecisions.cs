using Microsoft.EntityFrameworkCore;

namespace Sujuva.Web.Data;

public abstract partial class SujuvaDb
{
    public DbSet<Features.Sprints.SprintDecision> SprintDecisions => Set<Features.Sprints.SprintDecision>();
}
