import { useState } from "react";
import { Button, type ButtonVariant } from "../../../ui/Button";
import { BuyCreditsDialog, type CompletedPurchase } from "./BuyCreditsDialog";

/** The button and the dialog it opens; the result goes to the page, which announces it. */
export function BuyCreditsButton({
  onPurchased,
  variant = "primary",
}: {
  onPurchased: (purchase: CompletedPurchase) => void;
  variant?: ButtonVariant;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} onClick={() => setOpen(true)} aria-haspopup="dialog">
        Buy credits
      </Button>
      <BuyCreditsDialog
        open={open}
        onClose={() => setOpen(false)}
        onPurchased={(purchase) => {
          setOpen(false);
          onPurchased(purchase);
        }}
      />
    </>
  );
}
