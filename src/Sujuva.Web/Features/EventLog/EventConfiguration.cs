using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sujuva.Web.Features.EventLog;

/// <summary>No foreign keys: the log outlives and never blocks changes to what it describes.</summary>
public sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> b)
    {
        b.Property(e => e.Id).ValueGeneratedOnAdd();
        b.Property(e => e.Type).HasMaxLength(40);
        b.Property(e => e.ClientPseudonym).HasMaxLength(20);
        b.HasIndex(e => e.CaseId);
        b.HasIndex(e => e.At);
    }
}
