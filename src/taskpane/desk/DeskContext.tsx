import { createContext, useContext, type ReactNode } from "react";
import type { CollectDesk } from "./useCollectDesk";

const DeskContext = createContext<CollectDesk | null>(null);

/** A view was rendered outside `DeskProvider`: the pane's composition is broken. */
export class MissingDeskError extends Error {
  override readonly name = "MissingDeskError";
  constructor() {
    super("A Collect view was rendered outside <DeskProvider>.");
  }
}

export interface DeskProviderProps {
  /** The desk from `useCollectDesk`. */
  readonly desk: CollectDesk;
  readonly children: ReactNode;
}

/** Hands the desk to every view (the host seam of STYLE.md: views get the host through context). */
export function DeskProvider({ desk, children }: DeskProviderProps) {
  return <DeskContext.Provider value={desk}>{children}</DeskContext.Provider>;
}

/** The desk of the enclosing `DeskProvider`. */
export function useDesk(): CollectDesk {
  const desk = useContext(DeskContext);
  if (desk === null) throw new MissingDeskError();
  return desk;
}
