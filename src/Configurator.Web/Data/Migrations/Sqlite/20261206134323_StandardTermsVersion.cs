using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Configurator.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StandardTermsVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "StandardTerms",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "StandardTerms");
        }
    }
}
