using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sujuva.Web.Features.Cases;

public sealed class BlockReasonNameConfiguration : IEntityTypeConfiguration<BlockReasonName>
{
    public void Configure(EntityTypeBuilder<BlockReasonName> b)
    {
        // The code's name, as cases and events store it.
        b.HasKey(n => n.Reason);
        b.Property(n => n.Reason).HasConversion<string>().HasMaxLength(50);
        b.Property(n => n.Name).HasMaxLength(Platform.Input.TextLimits.Name);
        b.Property(n => n.NameSv).HasMaxLength(Platform.Input.TextLimits.Name);
        b.Property(n => n.NameEn).HasMaxLength(Platform.Input.TextLimits.Name);
        b.Property(n => n.Version).IsConcurrencyToken();
    }
}
