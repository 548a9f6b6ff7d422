using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Data;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Improvements;

public sealed class ImprovementConfiguration : IEntityTypeConfiguration<Improvement>
{
    public void Configure(EntityTypeBuilder<Improvement> b)
    {
        b.HasKey(i => i.Id);
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(TextLimits.Word);
        b.Property(i => i.Title).HasMaxLength(TextLimits.Name);
        b.Property(i => i.Aim).HasMaxLength(TextLimits.Reason);
        b.Property(i => i.ScopeKind).HasConversion<string>().HasMaxLength(TextLimits.Word);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(TextLimits.Word);
        b.Property(i => i.StatusReason).HasMaxLength(TextLimits.Reason);
        b.Property(i => i.Participants).StoredAsJson();
        b.Property(i => i.Measures).StoredAsJson();
        b.Property(i => i.Cycles).StoredAsJson();
        b.Property(i => i.Sheet!).StoredAsJson();
        b.Property(i => i.Version).IsConcurrencyToken();
        b.Ignore(i => i.Scope);
        b.Ignore(i => i.ChangeDates);
        b.HasIndex(i => i.Status);
    }
}
