using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Configurator.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProposalLastChangedBy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LastChangedBy",
                table: "Proposals",
                type: "TEXT",
                maxLength: 450,
                nullable: false,
                defaultValue: "");

            // Proposals from before: the last change is not known, so whoever created the proposal stands for it.
            migrationBuilder.Sql("UPDATE \"Proposals\" SET \"LastChangedBy\" = \"CreatedBy\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastChangedBy",
                table: "Proposals");
        }
    }
}
